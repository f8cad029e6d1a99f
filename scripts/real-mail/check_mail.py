#!/usr/bin/env python3
"""The assertions of scripts/real-mail.sh on the email Gatehouse sent through Postfix.

Fetches the newest message from the recipient's Dovecot mailbox over IMAP (read-only), checks
what receivers and the law look at, and scores it with SpamAssassin. Prints one line per
assertion, PASS or FAIL, and exits 1 when any failed.
"""
import argparse
import email
import email.policy
import email.utils
import imaplib
import re
import subprocess
import sys

OPT_OUT = re.compile(r"(?i)\b(unsubscribe|opt[ -]?out|no longer (hear|receive)|reply (with )?[\"']?stop)\b")


def fetch(host, port, user, password):
    imap = imaplib.IMAP4(host, port)
    try:
        imap.login(user, password)
        imap.select("INBOX", readonly=True)
        _, ids = imap.search(None, "ALL")
        numbers = ids[0].split()
        if not numbers:
            return None
        _, data = imap.fetch(numbers[-1], "(BODY.PEEK[])")
        return data[0][1]
    finally:
        imap.logout()


def postfix_helo(message):
    """The name the sender gave in EHLO, from the Received header Postfix added."""
    for received in message.get_all("Received", []):
        text = " ".join(str(received).split())
        if "(Postfix)" in text:
            match = re.match(r"from (\S+)", text)
            return match.group(1) if match else None
    return None


def text_body(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def spam_score(raw):
    """SpamAssassin's score (local tests only: no network), and each rule hit with its points."""
    run = subprocess.run(["spamassassin", "-t", "-L"], input=raw, capture_output=True, timeout=300)
    report = run.stdout.decode("utf-8", "replace")
    status = re.search(r"X-Spam-Status: \w+, score=(-?[\d.]+)", report)
    if not status:
        raise RuntimeError("spamassassin gave no X-Spam-Status: " + run.stderr.decode("utf-8", "replace")[-500:])
    rules = {}
    table = report.split("Content analysis details:", 1)[-1]
    for points, rule in re.findall(r"^\s*(-?\d+\.\d+)\s+([A-Z0-9_]+)\s", table, re.MULTILINE):
        rules[rule] = float(points)
    return float(status.group(1)), rules


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--postal-address", required=True)
    parser.add_argument("--spam-limit", type=float, default=2.0)
    parser.add_argument("--save", help="write the fetched message here")
    args = parser.parse_args()

    raw = fetch(args.host, args.port, args.user, args.password)
    if raw is None:
        print("FAIL  delivered      no message in " + args.user + "'s INBOX")
        return 1
    if args.save:
        with open(args.save, "wb") as out:
            out.write(raw)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    results = []

    def check(name, ok, detail):
        results.append(bool(ok))
        print("%s  %-13s %s" % ("PASS" if ok else "FAIL", name, detail))

    bare = len(re.findall(rb"(?<!\r)\n|\r(?!\n)", raw))
    check("crlf", bare == 0, "Postfix accepted it with smtpd_forbid_bare_newline; %d bare CR/LF in the delivered copy" % bare)
    message_id = message.get("Message-ID")
    check("message-id", bool(message_id and re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(message_id).strip())),
          "Message-ID: %s" % message_id)
    date = message.get("Date")
    try:
        dated = bool(date) and email.utils.parsedate_to_datetime(str(date)) is not None
    except (TypeError, ValueError):
        dated = False
    check("date", dated, "Date: %s" % date)
    unsubscribe = str(message.get("List-Unsubscribe", ""))
    check("unsubscribe", "<https://" in unsubscribe and "<mailto:" in unsubscribe,
          "List-Unsubscribe: %s" % (" ".join(unsubscribe.split()) or "(missing)"))
    post = str(message.get("List-Unsubscribe-Post", ""))
    check("one-click", post.strip() == "List-Unsubscribe=One-Click", "List-Unsubscribe-Post: %s" % (post or "(missing)"))
    helo = postfix_helo(message)
    check("ehlo", bool(helo) and "." in helo and not helo.lower().startswith("localhost"),
          "EHLO %s (from Postfix's Received header)" % helo)
    to = str(message.get("To", ""))
    name, address = email.utils.parseaddr(to)
    check("to-name", bool(name.strip()), "To: %s" % to)
    body = text_body(message)
    flat = " ".join(body.split())
    postal = " ".join(args.postal_address.split())
    check("postal", postal in flat, "postal address %s in the body" % ("found" if postal in flat else "'" + postal + "' not"))
    opt_out = [line.strip() for line in body.splitlines() if OPT_OUT.search(line)]
    check("opt-out", bool(opt_out), "opt-out line: %s" % (opt_out[0] if opt_out else "none in the body"))
    score, rules = spam_score(raw)
    trust = rules.get("ALL_TRUSTED", 0.0)
    discounted = round(score - min(trust, 0.0), 2)
    hits = ", ".join("%s=%s" % (rule, points) for rule, points in sorted(rules.items(), key=lambda r: -abs(r[1])))
    check("spamassassin", discounted < args.spam_limit,
          "score %.1f, %.1f without the loopback trust rule (ALL_TRUSTED), limit %.1f; rules: %s"
          % (score, discounted, args.spam_limit, hits or "none"))
    print("%d passed, %d failed" % (results.count(True), results.count(False)))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
