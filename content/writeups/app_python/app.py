"""Lab 1: a web page that shows the current time in Moscow."""
from datetime import datetime

import pytz
from flask import Flask

app = Flask(__name__)

MOSCOW = pytz.timezone("Europe/Moscow")

PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Moscow time</title>
</head>
<body>
  <h1>Moscow time</h1>
  <p>{time}</p>
</body>
</html>
"""


def moscow_time() -> str:
    """The current time in Moscow, as hours, minutes and seconds."""
    return datetime.now(MOSCOW).strftime("%H:%M:%S")


@app.route("/")
def index() -> str:
    """The page, with the time at the moment it is asked for."""
    return PAGE.format(time=moscow_time())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
