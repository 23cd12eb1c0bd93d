package fr.tremplin.core.seeker;

public enum SeekerStatus { ACTIVE, PLACED, PAUSED, EXITED }
