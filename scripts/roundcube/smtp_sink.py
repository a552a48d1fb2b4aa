#!/usr/bin/env python3
"""SMTP sink for the Roundcube end-to-end tests: accepts every message, delivers none.

    smtp_sink.py PORT DIR

Listens on 127.0.0.1:PORT. For every message it writes DIR/NNNNNN.eml (the raw bytes as
received) and appends one JSON line to DIR/messages.jsonl:

    {"n", "time", "mail_from", "rcpt_tos", "subject", "from", "to", "cc", "message_id",
     "text", "attachments": [{"filename", "content_type", "size", "sha256"}], "eml"}

so a test can assert both that a mail went out and -- what presend is about -- that a held
mail did NOT. The JSON line is written before the server answers 250 to the final ".", so
once Roundcube reports "sent" the line is already on disk.

Why our own server: Python's `smtpd` module is gone in 3.12 and `aiosmtpd` is an extra
package. This is the subset of RFC 5321 that Roundcube's Net_SMTP client uses (EHLO/HELO,
MAIL, RCPT, DATA, RSET, NOOP, QUIT), on asyncio from the standard library only. It is a
test fixture bound to loopback: no AUTH, no TLS, no relaying, no limits beyond a size cap.
"""

import asyncio
import email
import email.policy
import hashlib
import json
import os
import re
import signal
import sys
import time

HOST = "127.0.0.1"
MAX_SIZE = 64 * 1024 * 1024  # above Roundcube's upload limit (25 MB) plus base64 overhead
MAX_TEXT = 64 * 1024  # characters of the plain-text body kept in the JSON line
MAX_LINE = 1024 * 1024  # the RFC says 1000; be lenient, a sink should not be the failure


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


class Sink:
    def __init__(self, directory):
        self.dir = directory
        os.makedirs(directory, exist_ok=True)
        self.jsonl = os.path.join(directory, "messages.jsonl")
        # Continue numbering after whatever is there (a test may have cleared the JSONL but
        # the numbering still only grows, so an .eml name is never reused within one run).
        names = [f for f in os.listdir(directory) if re.fullmatch(r"\d+\.eml", f)]
        self.count = max((int(f[:-4]) for f in names), default=0)

    def record(self, mail_from, rcpt_tos, raw):
        self.count += 1
        eml = os.path.join(self.dir, "%06d.eml" % self.count)
        with open(eml, "wb") as f:
            f.write(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        attachments = []
        text = None
        for part in msg.walk():
            if part.is_multipart():
                continue
            filename = part.get_filename()
            payload = part.get_payload(decode=True) or b""
            if filename or part.get_content_disposition() == "attachment":
                attachments.append({
                    "filename": filename,
                    "content_type": part.get_content_type(),
                    "size": len(payload),
                    "sha256": hashlib.sha256(payload).hexdigest(),
                })
            elif text is None and part.get_content_type() == "text/plain":
                try:
                    text = part.get_content()[:MAX_TEXT]
                except (LookupError, UnicodeError):
                    text = payload.decode("utf-8", "replace")[:MAX_TEXT]
        rec = {
            "n": self.count,
            "time": time.time(),
            "mail_from": mail_from,
            "rcpt_tos": rcpt_tos,
            "subject": str(msg.get("Subject", "")),
            "from": str(msg.get("From", "")),
            "to": str(msg.get("To", "")),
            "cc": str(msg.get("Cc", "")),
            "message_id": str(msg.get("Message-ID", "")),
            "text": None if text is None else text.replace("\r\n", "\n"),
            "attachments": attachments,
            "eml": eml,
        }
        # One write() on an O_APPEND file: a reader never sees half a line from us, and a
        # test that truncates the file to clear it does not confuse the next append.
        with open(self.jsonl, "a", encoding="utf-8") as f:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        log("received #%d from %s to %s: %r, %d attachment(s)"
            % (self.count, mail_from, ",".join(rcpt_tos), rec["subject"], len(attachments)))


ADDRESS = re.compile(rb"^(?:MAIL FROM|RCPT TO):\s*<([^>]*)>", re.IGNORECASE)


async def session(sink, reader, writer):
    async def reply(line):
        writer.write(line.encode("ascii") + b"\r\n")
        await writer.drain()

    mail_from, rcpt_tos = None, []
    await reply("220 presend-sink ESMTP ready")
    try:
        while True:
            line = await reader.readuntil(b"\n")
            verb = line[:4].upper()
            if verb == b"EHLO":
                await reply("250-presend-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE %d" % MAX_SIZE)
            elif verb == b"HELO":
                await reply("250 presend-sink")
            elif verb in (b"MAIL", b"RCPT"):
                m = ADDRESS.match(line.strip())
                if not m:
                    await reply("501 syntax: MAIL FROM:<address> / RCPT TO:<address>")
                elif verb == b"MAIL":
                    mail_from, rcpt_tos = m.group(1).decode("utf-8", "replace"), []
                    await reply("250 OK")
                elif mail_from is None:
                    await reply("503 MAIL first")
                else:
                    rcpt_tos.append(m.group(1).decode("utf-8", "replace"))
                    await reply("250 OK")
            elif verb == b"DATA":
                if mail_from is None or not rcpt_tos:
                    await reply("503 MAIL and RCPT first")
                    continue
                await reply("354 end with <CRLF>.<CRLF>")
                chunks, size = [], 0
                while True:
                    data = await reader.readuntil(b"\n")
                    if data.rstrip(b"\r\n") == b".":
                        break
                    if data.startswith(b"."):  # dot-unstuffing, RFC 5321 4.5.2
                        data = data[1:]
                    size += len(data)
                    if size <= MAX_SIZE:
                        chunks.append(data)
                if size > MAX_SIZE:
                    await reply("552 message too big for the sink")
                else:
                    sink.record(mail_from, rcpt_tos, b"".join(chunks))
                    await reply("250 OK: recorded as #%d" % sink.count)
                mail_from, rcpt_tos = None, []
            elif verb == b"RSET":
                mail_from, rcpt_tos = None, []
                await reply("250 OK")
            elif verb == b"NOOP":
                await reply("250 OK")
            elif verb == b"QUIT":
                await reply("221 bye")
                break
            else:
                await reply("502 not implemented")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass  # client went away, or sent a line longer than MAX_LINE
    finally:
        writer.close()


async def main(port, directory):
    sink = Sink(directory)
    server = await asyncio.start_server(
        lambda r, w: session(sink, r, w), HOST, port, limit=MAX_LINE)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log("smtp sink listening on %s:%d, writing to %s" % (HOST, port, directory))
    async with server:
        await stop.wait()
    log("smtp sink stopped")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: smtp_sink.py PORT DIR")
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
