package fr.tremplin.core.seeker;

public enum WorkingTime { FULL_TIME, PART_TIME, ANY }
