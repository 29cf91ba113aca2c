"""Documents in the app: choose, preview, save and print the PDFs the core writes."""
