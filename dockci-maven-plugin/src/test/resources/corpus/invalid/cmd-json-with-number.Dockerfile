# Broken on purpose: every element of a JSON-form command must be a string.
FROM python:3.12-slim
CMD ["python", "-m", "http.server", 8000]
