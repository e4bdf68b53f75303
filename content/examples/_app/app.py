"""Info service: a small Flask app that reports what it runs on.

GET /        service, system, runtime and request information as JSON
GET /health  status, timestamp and uptime as JSON (for HEALTHCHECK and probes)

Settings come from the environment so one image runs anywhere:
PORT (default 8080), HOST (default 0.0.0.0), LOG_LEVEL (default INFO).
Logs go to stdout, where `docker logs` reads them.
"""

import logging
import os
import platform
import socket
import sys
from datetime import datetime, timezone

from flask import Flask, jsonify, request

SERVICE_NAME = "info-service"
SERVICE_VERSION = "1.0.0"
DEFAULT_PORT = 8080

logging.basicConfig(
    stream=sys.stdout,
    level=os.environ.get("LOG_LEVEL", "INFO").upper(),
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)
log = logging.getLogger(SERVICE_NAME)

app = Flask(__name__)
STARTED = datetime.now(timezone.utc)


def port() -> int:
    return int(os.environ.get("PORT", DEFAULT_PORT))


def uptime_seconds() -> int:
    return int((datetime.now(timezone.utc) - STARTED).total_seconds())


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


@app.get("/")
def info():
    uptime = uptime_seconds()
    return jsonify(
        service={
            "name": SERVICE_NAME,
            "version": SERVICE_VERSION,
            "framework": "Flask",
            "description": "Reports service, system, runtime and request information",
        },
        system={
            "hostname": socket.gethostname(),
            "platform": platform.system(),
            "architecture": platform.machine(),
            "python_version": platform.python_version(),
            "cpu_count": os.cpu_count(),
        },
        runtime={
            "current_time": now(),
            "uptime_seconds": uptime,
            "uptime_human": f"{uptime // 3600} hours, {uptime % 3600 // 60} minutes",
            "port": port(),
            "log_level": logging.getLevelName(log.getEffectiveLevel()),
        },
        request={
            "method": request.method,
            "path": request.path,
            "client_ip": request.remote_addr,
            "user_agent": request.headers.get("User-Agent", ""),
        },
        endpoints=[
            {"method": "GET", "path": "/", "description": "Service information"},
            {"method": "GET", "path": "/health", "description": "Health check"},
        ],
    )


@app.get("/health")
def health():
    return jsonify(status="healthy", timestamp=now(), uptime_seconds=uptime_seconds())


@app.errorhandler(404)
def not_found(error):
    return jsonify(error="Not Found", path=request.path), 404


@app.after_request
def log_request(response):
    log.info("%s %s %s", request.method, request.path, response.status_code)
    return response


if __name__ == "__main__":
    host = os.environ.get("HOST", "0.0.0.0")
    log.info("Starting %s %s on %s:%d", SERVICE_NAME, SERVICE_VERSION, host, port())
    app.run(host=host, port=port())
