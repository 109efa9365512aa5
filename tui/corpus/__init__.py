"""Reading articles from disk into documents, paragraphs and problems. No Textual import."""
