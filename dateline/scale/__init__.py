"""Scale-out ingest on a Ray cluster: the same extraction, one pipeline per worker actor.

Each input file is a shard. Workers write a shard's rows as Parquet parts (one per
table) into a dataset beside the store, then a manifest saying the shard is done;
the driver, the store's single writer, loads the parts in input order.
"""
