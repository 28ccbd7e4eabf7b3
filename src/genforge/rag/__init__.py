"""Retrieval-augmented generation: ingest documents, chunk them by structure, embed, store
(FAISS + SQLite FTS5 in one index dir), retrieve (dense, BM25, hybrid by reciprocal rank
fusion, MMR, filters) and answer with numbered citations. See docs/rag.md."""
