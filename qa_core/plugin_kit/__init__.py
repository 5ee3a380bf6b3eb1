"""The plugin kit: ``qa plugin new`` writes a ready plugin distribution from ``template/``."""
