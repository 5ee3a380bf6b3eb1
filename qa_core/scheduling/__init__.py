"""Scheduled scans on APScheduler 3.x, its job store in the store's own database.

``schedules`` adds, lists and removes schedules (from any process); ``lease`` makes
sure only one scheduler runs them at a time (APScheduler 3.x cannot share a job
store between running schedulers); ``runner`` is ``qa scheduler run``: hold the
lease or stand by; ``jobs`` is what a schedule runs: a scan, recorded.
"""
