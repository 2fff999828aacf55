"""Everything a session becomes outside the database: the JSON document, PDFs, Markdown, CSV."""
