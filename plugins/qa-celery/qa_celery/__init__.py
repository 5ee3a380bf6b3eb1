"""qa_core on Celery: ``qa scan --executor celery`` queues batches, ``qa worker`` runs them.

Tasks carry a ruleset hash and interaction ids, never text or keys. Workers ack late
and reject on loss, so a worker that dies mid-batch costs a redelivery; results are
written idempotently, so the redelivery never duplicates one.
"""

__version__ = "0.1.0"
