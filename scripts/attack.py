#!/usr/bin/env python3
"""Attacks the built jar from outside, as a user's network and a bad day would.

Starts `java -jar bot/target/gatehouse.jar run` (embedded PostgreSQL in a temporary directory)
against a fake Slack Web API and an SMTP sink, both on loopback in this script, sets the ICP and
the offer through signed slash commands and modal submissions, imports accounts and contacts with
the `import` command, posts a signed signal, and then:

  forged     clicks with a wrong signature, no signature, a stale or future timestamp -> 401
  replay     the very same signed click a second time -> refused, nothing decided twice
  malformed  broken payloads, wrong shapes, huge bodies on every endpoint -> 4xx, never 500
  race       30 concurrent Approve clicks on one draft -> one decision, one email
  kill       kill -9 the JVM right after an Approve is acknowledged; start it again on the same
             data directory -> the email is sent exactly once
  metrics    /metrics without or with a wrong token -> 401; with it -> gatehouse_ series

One PASS/FAIL line per check; exit 1 when any failed. Only the Python standard library and a JDK
(JAVA_HOME or `java` on PATH, 21+) are needed; nothing leaves 127.0.0.1.

    ./mvnw -B -q -DskipTests package && python3 scripts/attack.py
"""
import functools
import hashlib
import hmac
import http.client
import json
import os
import re
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "bot", "target", "gatehouse.jar")
SLACK_SECRET = "attack-slack-signing-secret-0123456789"
SIGNALS_SECRET = "attack-signals-secret-0123456789abcdef"
METRICS_TOKEN = "attack-metrics-token-0123456789"
MANAGER, REP = "U0ATTMGR", "U0ATTREP"
CHANNEL = "C0APPROVALS"
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + (": " + detail if detail else ""), flush=True)
    return ok


@functools.lru_cache(maxsize=None)
def java():
    """A java of 21 or newer: JAVA_HOME's, else the first in /usr/lib/jvm, /opt or on PATH (as .ci/run looks)."""
    import glob
    candidates = [os.environ.get("JAVA_HOME", "")] + sorted(glob.glob("/usr/lib/jvm/*")) + sorted(glob.glob("/opt/j*/"))
    binaries = [os.path.join(c, "bin", "java") for c in candidates if c] + [shutil.which("java") or "java"]
    for binary in binaries:
        if not os.access(binary, os.X_OK):
            continue
        settings = subprocess.run([binary, "-XshowSettings:properties", "-version"], capture_output=True, text=True).stderr
        version = re.search(r"java\.specification\.version = (\d+)", settings)
        if version and int(version.group(1)) >= 21:
            return binary
    raise SystemExit("no JDK 21 or newer found (set JAVA_HOME)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- fake Slack Web API on loopback
class FakeSlack(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), SlackHandler)
        self.calls = []
        self.lock = threading.Lock()
        self.ts = 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self):
        return "http://127.0.0.1:%d/api/" % self.server_address[1]

    def record(self, method, params):
        with self.lock:
            self.ts += 1
            self.calls.append((method, params))
            return "1700000000.%06d" % self.ts

    def of(self, method):
        with self.lock:
            return [p for m, p in self.calls if m == method]

    def wait(self, method, which=lambda p: True, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = [p for p in self.of(method) if which(p)]
            if found:
                return found[-1]
            time.sleep(0.1)
        return None


class SlackHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        if "json" in (self.headers.get("Content-Type") or ""):
            params = json.loads(body or "{}")
        else:
            params = {k: v[-1] for k, v in urllib.parse.parse_qs(body).items()}
        for key in ("blocks", "view", "attachments"):
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        method = self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else "response_url"
        ts = self.server.record(method, params)
        answer = {"ok": True}
        if method == "auth.test":
            answer.update(url="https://attack.slack.test/", team="Attack", user="gatehouse", team_id="T0ATT",
                          user_id="U0BOT", bot_id="B0BOT")
        elif method == "chat.postMessage":
            channel = str(params.get("channel", CHANNEL))
            answer.update(channel="D" + channel[1:] if channel.startswith("U") else channel, ts=ts)
        elif method == "chat.update":
            answer.update(channel=params.get("channel"), ts=params.get("ts"))
        elif method == "chat.postEphemeral":
            answer.update(message_ts=ts)
        elif method.startswith("views."):
            answer["view"] = {"id": "V0ATT" + ts[-6:]}
        elif method == "conversations.open":
            answer["channel"] = {"id": "D" + str(params.get("users", "U0"))[1:]}
        elif method == "usergroups.users.list":
            answer["users"] = []
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


# ---------------------------------------------------------------- SMTP sink on loopback
class SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), SmtpHandler)
        self.messages = []
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server_address[1]


class SmtpHandler(socketserver.StreamRequestHandler):
    def handle(self):
        say = lambda line: self.wfile.write((line + "\r\n").encode())
        say("220 sink.attack.test ESMTP")
        rcpt = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip().upper()
            if verb.startswith(("EHLO", "HELO")):
                say("250-sink.attack.test")
                say("250 8BITMIME")
            elif verb.startswith("RCPT"):
                rcpt.append(verb)
                say("250 ok")
            elif verb == "DATA":
                say("354 go on")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    lines.append(data)
                with self.server.lock:
                    self.server.messages.append(b"".join(lines).decode("utf-8", "replace"))
                say("250 queued")
            elif verb == "QUIT":
                say("221 bye")
                return
            else:
                say("250 ok")


# ---------------------------------------------------------------- signed requests to the bot
def slack_headers(body, timestamp=None, secret=SLACK_SECRET, content_type="application/x-www-form-urlencoded"):
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    base = ("v0:" + timestamp + ":").encode() + body
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()}


def signals_headers(body):
    timestamp = str(int(time.time()))
    mac = hmac.new(SIGNALS_SECRET.encode(), ("v1:" + timestamp + ":").encode() + body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Gatehouse-Timestamp": timestamp, "X-Gatehouse-Signature": "v1=" + mac}


class Bot:
    def __init__(self, port):
        self.port = port

    def request(self, method, path, body=b"", headers=None, timeout=30):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            answer = connection.getresponse()
            return answer.status, answer.read().decode("utf-8", "replace")
        except (ConnectionError, socket.timeout, http.client.HTTPException) as e:
            return None, str(e)
        finally:
            connection.close()

    def slack(self, body, **kw):
        body = body if isinstance(body, bytes) else body.encode()
        return self.request("POST", "/slack/events", body, slack_headers(body, **kw))

    def command(self, command, text, user=MANAGER):
        return self.slack(urllib.parse.urlencode({
            "command": command, "text": text, "user_id": user, "user_name": "u", "team_id": "T0ATT",
            "team_domain": "attack", "channel_id": CHANNEL, "channel_name": "approvals",
            "trigger_id": "1.2.att", "api_app_id": "A0ATT",
            "response_url": "http://127.0.0.1:%d/respond/1" % slack.server_address[1]}))

    def payload(self, payload, **kw):
        return self.slack("payload=" + urllib.parse.quote(json.dumps(payload)), **kw)


def click(value, action="gh_approve", user=REP, ts="1700000000.000001"):
    return {"type": "block_actions", "team": {"id": "T0ATT", "domain": "attack"},
            "user": {"id": user, "username": "rep", "team_id": "T0ATT"}, "api_app_id": "A0ATT",
            "trigger_id": "1.2.att", "container": {"type": "message", "message_ts": ts, "channel_id": CHANNEL},
            "channel": {"id": CHANNEL, "name": "approvals"},
            "actions": [{"action_id": action, "block_id": "gh_actions", "type": "button", "value": value,
                         "action_ts": str(time.time())}]}


def submit(view, overrides, user=MANAGER):
    """A view_submission of the modal the bot opened, its inputs at their initial values but for `overrides`."""
    values = {}
    for block in view.get("blocks", []):
        element = block.get("element")
        if block.get("type") != "input" or not element:
            continue
        kind = element.get("type")
        value = overrides.get(block["block_id"], element.get("initial_value", ""))
        state = {"type": kind}
        if kind in ("plain_text_input", "number_input", "email_text_input", "url_text_input"):
            state["value"] = None if value == "" else str(value)
        elif kind == "static_select":
            state["selected_option"] = element.get("initial_option")
        elif kind in ("multi_static_select", "checkboxes"):
            state["selected_options"] = element.get("initial_options", [])
        values[block["block_id"]] = {element["action_id"]: state}
    return {"type": "view_submission", "team": {"id": "T0ATT", "domain": "attack"},
            "user": {"id": user, "username": "mgr", "team_id": "T0ATT"}, "api_app_id": "A0ATT",
            "trigger_id": "1.2.att",
            "view": {"id": "V0ATT", "type": "modal", "callback_id": view.get("callback_id"),
                     "private_metadata": view.get("private_metadata", ""), "state": {"values": values}}}


# ---------------------------------------------------------------- the jar
def env(port, data):
    values = dict(os.environ)
    values.update({
        "SLACK_BOT_TOKEN": "xoxb-attack", "SLACK_SIGNING_SECRET": SLACK_SECRET, "SLACK_API_URL": slack.url,
        "PORT": str(port), "GATEHOUSE_DATA_DIR": data, "GATEHOUSE_MANAGERS": MANAGER,
        "GATEHOUSE_REPS": REP, "GATEHOUSE_APPROVALS_CHANNEL": CHANNEL,
        "GATEHOUSE_SIGNALS_SECRET": SIGNALS_SECRET, "GATEHOUSE_METRICS_TOKEN": METRICS_TOKEN,
        "MAIL_FROM": "Ana Ruiz <ana@ledgerline.test>", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp.port),
        "SMTP_STARTTLS": "false", "GATEHOUSE_PUBLIC_URL": "https://gatehouse.ledgerline.test",
        "GATEHOUSE_UNSUBSCRIBE_SECRET": "attack-unsubscribe-secret-0123456789abcdef",
        "GATEHOUSE_POSTAL_ADDRESS": "Ledgerline GmbH, Torstrasse 1, 10119 Berlin",
        "SEND_DAYS": "MON-SUN", "SEND_WINDOW_START": "00:00", "SEND_WINDOW_END": "23:59",
        "SEND_MIN_SPACING_SECONDS": "0", "SEND_JITTER_SECONDS": "0", "GATEHOUSE_JOB_POLL_MS": "200",
        "GATEHOUSE_INBOX_LEASE_SECONDS": "2", "GATEHOUSE_SEND_LEASE_SECONDS": "2", "FOLLOWUP_DAYS": "off",
    })
    return values


def start(port, data, log):
    process = subprocess.Popen([java(), "-jar", JAR, "run"], env=env(port, data), stdout=log, stderr=subprocess.STDOUT)
    bot = Bot(port)
    deadline = time.time() + 180
    while time.time() < deadline and process.poll() is None:
        if bot.request("GET", "/health", timeout=2)[0] == 200:
            return process, bot
        time.sleep(0.3)
    raise SystemExit("the bot did not become ready; see " + log.name)


def review_values():
    """Approve-button values of the review messages posted so far."""
    found = []
    for params in slack.of("chat.postMessage"):
        for value in re.findall(r'"action_id": ?"gh_approve"[^}]*?"value": ?"([^"]+)"', json.dumps(params.get("blocks", []))):
            found.append(value)
        for value in re.findall(r'"value": ?"([^"]+)"[^}]*?"action_id": ?"gh_approve"', json.dumps(params.get("blocks", []))):
            found.append(value)
    return list(dict.fromkeys(found))


def wait_for(predicate, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def mails_to(address):
    with smtp.lock:
        return [m for m in smtp.messages if re.search(r"(?im)^To:.*" + re.escape(address), m)]


# ---------------------------------------------------------------- setup: data, ICP, offer, signals
def setup(bot, data, log):
    status, _ = bot.command("/icp", "edit")
    view = slack.wait("views.open", lambda p: p.get("view", {}).get("callback_id") == "gh_icp_submit")
    if not (check("setup: /icp edit opens the modal", status == 200 and view is not None)):
        raise SystemExit(1)
    status, body = bot.payload(submit(view["view"], {"gh_icp_min_score": "0", "gh_icp_min_employees": "1",
                                                      "gh_icp_max_employees": "100000"}))
    check("setup: the ICP modal is saved", status == 200 and "errors" not in body, body[:200])
    status, _ = bot.command("/offer", "set")
    view = slack.wait("views.open", lambda p: p.get("view", {}).get("callback_id") == "gh_offer_submit")
    status, body = bot.payload(submit(view["view"], {
        "gh_offer_product": "Ledgerline", "gh_offer_value_prop": "closes the books in days instead of weeks",
        "gh_offer_sender_name": "Ana Ruiz", "gh_offer_sender_title": "Account Executive"}))
    check("setup: the offer modal is saved", status == 200 and "errors" not in body, body[:200])


def import_csv(data, log):
    folder = tempfile.mkdtemp(prefix="attack-csv-")
    accounts = os.path.join(folder, "accounts.csv")
    contacts = os.path.join(folder, "contacts.csv")
    with open(accounts, "w") as f:
        f.write("domain,name,industry,employees,region,country,owner_slack_id\n")
        for i in range(1, 4):
            f.write("acct%d.test,Account %d,Logistics,%d,EMEA,DE,%s\n" % (i, i, 200 + i, REP))
        f.write("broken.test,,Logistics,not-a-number,EMEA,DE,\n")
    with open(contacts, "w") as f:
        f.write("email,account_domain,first_name,last_name,title\n")
        for i in range(1, 4):
            f.write("cfo@acct%d.test,acct%d.test,Dana%d,Lee,CFO\n" % (i, i, i))
    run = subprocess.run([java(), "-jar", JAR, "import", accounts, contacts], env=env(0, data),
                         capture_output=True, text=True, timeout=300)
    check("import: a bad row is refused with its line and field, the rest imported (exit 3)",
          run.returncode == 3 and "accounts.csv:5" in run.stdout + run.stderr,
          "exit %d, %s" % (run.returncode, (run.stdout + run.stderr).strip().splitlines()[-1:]))
    shutil.rmtree(folder, ignore_errors=True)


def post_signal(bot, domain, external_id):
    body = json.dumps({"account_domain": domain, "kind": "funding",
                       "summary": "Account raised a EUR 20M Series B to expand in Europe",
                       "observed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 3600)),
                       "contact_email": "cfo@" + domain, "source": "attack", "external_id": external_id}).encode()
    return bot.request("POST", "/api/signals", body, signals_headers(body))


# ---------------------------------------------------------------- the attacks
def forged(bot, value):
    body = ("payload=" + urllib.parse.quote(json.dumps(click(value)))).encode()
    good = slack_headers(body)
    cases = {
        "wrong secret": slack_headers(body, secret="not-the-secret-at-all-0123456789"),
        "no signature": {"Content-Type": "application/x-www-form-urlencoded"},
        "stale timestamp (10 min old)": slack_headers(body, timestamp=int(time.time()) - 600),
        "future timestamp (10 min ahead)": slack_headers(body, timestamp=int(time.time()) + 600),
        "signature of another body": dict(good, **{"X-Slack-Signature": slack_headers(body + b"x")["X-Slack-Signature"]}),
        "garbage timestamp": dict(good, **{"X-Slack-Request-Timestamp": "nope"}),
    }
    for name, headers in cases.items():
        status, _ = bot.request("POST", "/slack/events", body, headers)
        check("forged: " + name + " -> 401", status == 401, "got %s" % status)


def malformed(bot):
    huge = b"payload=" + b"A" * (12 * 1024 * 1024)
    cases = [
        ("slack: payload not JSON", b"payload=%7Bnot-json"),
        ("slack: payload a JSON string", b"payload=%22hello%22"),
        ("slack: unknown type", ("payload=" + urllib.parse.quote(json.dumps({"type": "nonsense"}))).encode()),
        ("slack: click without actions", ("payload=" + urllib.parse.quote(json.dumps(dict(click("x"), actions=[])))).encode()),
        ("slack: button value garbage", ("payload=" + urllib.parse.quote(json.dumps(click("\u0000\ud7ff" * 50)))).encode()),
        ("slack: button value huge", ("payload=" + urllib.parse.quote(json.dumps(click("9" * 200_000)))).encode()),
        ("slack: not form-encoded", b"\xff\xfe\x00garbage"),
        ("slack: empty body", b""),
        ("slack: 12 MB body", huge),
    ]
    for name, body in cases:
        status, text = bot.request("POST", "/slack/events", body, slack_headers(body), timeout=60)
        if body is huge:
            # Jetty answers 413 as soon as the declared length passes the limit and closes the
            # connection; a client still uploading sees the close instead of the answer
            check("malformed " + name + " -> refused (413 or closed early), no 5xx", status in (413, None), "got %s" % status)
            continue
        check("malformed " + name + " -> answered, no 5xx", status is not None and status < 500, "got %s" % status)
    api = [
        ("signals: not JSON", b"{nope"),
        ("signals: wrong kind", json.dumps({"account_domain": "a.test", "kind": "rumour", "summary": "x"}).encode()),
        ("signals: NUL in summary", json.dumps({"account_domain": "a.test", "kind": "news", "summary": "a\u0000b"}).encode()),
        ("signals: deep nesting", b"[" * 100_000 + b"]" * 100_000),
        ("signals: 3 MB body", json.dumps({"account_domain": "a.test", "kind": "news", "summary": "x" * 3_000_000}).encode()),
    ]
    for name, body in api:
        status, text = bot.request("POST", "/api/signals", body, signals_headers(body), timeout=60)
        named = status == 413 or '"field"' in text
        check("malformed " + name + " -> 4xx naming the problem", status is not None and 400 <= status < 500 and named,
              "got %s %s" % (status, text[:120]))
    for name, path in [("unsubscribe: garbage token", "/u/" + "A" * 500), ("unsubscribe: empty-ish token", "/u/%00")]:
        for method in ("GET", "POST"):
            status, _ = bot.request(method, path)
            check("malformed %s (%s) -> 4xx" % (name, method), status is not None and 400 <= status < 500, "got %s" % status)
    status, _ = bot.request("GET", "/health")
    check("malformed: the bot still answers /health afterwards", status == 200)


def replay(bot, value):
    payload = click(value, action="gh_reject_nope")
    body = ("payload=" + urllib.parse.quote(json.dumps(payload))).encode()
    headers = slack_headers(body)
    first, _ = bot.request("POST", "/slack/events", body, headers)
    second, _ = bot.request("POST", "/slack/events", body, headers)
    check("replay: the same signed request twice -> first 200, second refused", first == 200 and second in (401, 409),
          "got %s then %s" % (first, second))


def race(bot, value, address):
    before = len(mails_to(address))
    with ThreadPoolExecutor(30) as pool:
        statuses = list(pool.map(lambda _: bot.payload(click(value))[0], range(30)))
    check("race: 30 concurrent Approve clicks are all acknowledged", statuses.count(200) == 30,
          "statuses %s" % sorted(set(map(str, statuses))))
    wait_for(lambda: len(mails_to(address)) > before, 60)
    time.sleep(5)
    check("race: exactly one email sent", len(mails_to(address)) - before == 1, "%d sent" % (len(mails_to(address)) - before))


def kill9(bot, process, value, address, port, data, log):
    before = len(mails_to(address))
    status, _ = bot.payload(click(value))
    process.send_signal(signal.SIGKILL)
    process.wait()
    check("kill: the Approve was acknowledged before the kill -9", status == 200, "got %s" % status)
    process, bot = start(port, data, log)
    check("kill: restarted on the same data directory after kill -9", True)
    wait_for(lambda: len(mails_to(address)) > before, 90)
    time.sleep(6)
    check("kill: the acknowledged Approve sent the email exactly once", len(mails_to(address)) - before == 1,
          "%d sent" % (len(mails_to(address)) - before))
    return process, bot


def metrics(bot):
    status, _ = bot.request("GET", "/metrics")
    check("metrics: no token -> 401", status == 401, "got %s" % status)
    status, _ = bot.request("GET", "/metrics", headers={"Authorization": "Bearer wrong-token-0123456789"})
    check("metrics: wrong token -> 401", status == 401, "got %s" % status)
    status, text = bot.request("GET", "/metrics", headers={"Authorization": "Bearer " + METRICS_TOKEN})
    check("metrics: with the token -> gatehouse_ and jvm_ series", status == 200 and "gatehouse_" in text and "jvm_" in text)
    check("metrics: no secret in the scrape", SLACK_SECRET not in text and SIGNALS_SECRET not in text)


def main():
    global slack, smtp
    if not os.path.exists(JAR):
        raise SystemExit("build the jar first: ./mvnw -B -q -DskipTests package")
    slack, smtp = FakeSlack(), SmtpSink()
    data = tempfile.mkdtemp(prefix="attack-data-")
    port = free_port()
    log = open(os.path.join(data, "bot.log"), "w")
    process = None
    try:
        import_csv(data, log)
        process, bot = start(port, data, log)
        setup(bot, data, log)
        for i in (1, 2, 3):
            status, text = post_signal(bot, "acct%d.test" % i, "att-%d" % i)
            check("signals: signed signal for acct%d accepted" % i, status == 202, "got %s %s" % (status, text[:120]))
        if not check("signals: three drafts posted for review", wait_for(lambda: len(review_values()) >= 3, 120),
                     "%d posted" % len(review_values())):
            raise SystemExit(1)
        values = review_values()
        forged(bot, values[0])
        replay(bot, values[0])
        malformed(bot)
        race(bot, values[0], "acct")
        process, bot = kill9(bot, process, values[1], "acct", port, data, log)
        metrics(bot)
        logged = open(log.name, errors="replace").read()
        check("logs: no secret in the log", all(s not in logged for s in (SLACK_SECRET, SIGNALS_SECRET, METRICS_TOKEN)))
        check("logs: no ERROR line", " ERROR " not in logged,
              next((l for l in logged.splitlines() if " ERROR " in l), "")[:200])
    finally:
        if process and process.poll() is None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
        failed = results.count(False)
        print("%d checks, %d failed; bot log: %s" % (len(results), failed, log.name))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
