FROM python:3.12-slim
RUN python3 <<EOF
import json, pathlib
pathlib.Path("/app").mkdir(exist_ok=True)
pathlib.Path("/app/config.json").write_text(json.dumps({"debug": False}))
EOF
WORKDIR /app
CMD ["python3", "-m", "http.server"]
