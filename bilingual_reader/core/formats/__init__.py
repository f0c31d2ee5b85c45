"""File formats beyond plain text and Markdown: readers (html, epub, docx, bitexts) and exports."""
