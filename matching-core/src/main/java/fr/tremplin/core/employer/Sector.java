package fr.tremplin.core.employer;

/** The five employer-group sectors of the département, and everything else. */
public enum Sector { BUILDING, CLEANING, INDUSTRY, AGRICULTURE, TRANSPORT, OTHER }
