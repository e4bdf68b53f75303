"""Tests for the info service. Standard library only: run with `python -m unittest`."""

import os
import unittest
from unittest import mock

import app as info


class InfoServiceTest(unittest.TestCase):
    def setUp(self):
        self.client = info.app.test_client()

    def test_root_reports_service_system_runtime_and_request(self):
        response = self.client.get("/", headers={"User-Agent": "unittest"})
        self.assertEqual(response.status_code, 200)
        body = response.get_json()
        self.assertEqual(body["service"]["name"], "info-service")
        self.assertEqual(body["service"]["framework"], "Flask")
        self.assertIn("python_version", body["system"])
        self.assertGreaterEqual(body["runtime"]["uptime_seconds"], 0)
        self.assertEqual(body["request"]["path"], "/")
        self.assertEqual(body["request"]["user_agent"], "unittest")

    def test_health_is_healthy_json(self):
        response = self.client.get("/health")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "application/json")
        body = response.get_json()
        self.assertEqual(body["status"], "healthy")
        self.assertIn("timestamp", body)
        self.assertIsInstance(body["uptime_seconds"], int)

    def test_unknown_path_is_json_404(self):
        response = self.client.get("/nope")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.get_json()["path"], "/nope")

    def test_port_comes_from_environment(self):
        with mock.patch.dict(os.environ, {"PORT": "9090"}):
            self.assertEqual(info.port(), 9090)
        with mock.patch.dict(os.environ, {}, clear=True):
            self.assertEqual(info.port(), info.DEFAULT_PORT)


if __name__ == "__main__":
    unittest.main()
