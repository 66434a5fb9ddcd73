# bench-group: library
"""email: parsing multipart MIME messages, decoding headers and payloads,
and walking the part tree."""

import email
import email.header

from _harness import run


def make_message(i):
    boundary = "==boundary-%d==" % i
    return (
        "From: Sender %d <sender%d@example.org>\n"
        "To: receiver@example.com, other@example.net\n"
        "Subject: =?utf-8?q?caf=C3=A9_report_%d?=\n"
        "Date: Mon, 1 Jan 2024 10:%02d:00 +0000\n"
        "Message-ID: <%d@example.org>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="%s"\n'
        "\n"
        "--%s\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Hello=2C this is message %d with a soft=\nbreak and caf=C3=A9.\n"
        "--%s\n"
        "Content-Type: application/octet-stream\n"
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="data%d.bin"\n'
        "\n"
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n"
        "--%s--\n"
    ) % (i, i, i, i % 60, i, boundary, boundary, i, boundary, i, boundary)


def workload():
    texts = [make_message(i) for i in range(60)]
    parts = 0
    payload = 0
    subjects = 0
    for _ in range(3):
        for text in texts:
            msg = email.message_from_string(text)
            subject = email.header.decode_header(msg["Subject"])[0][0]
            subjects += len(subject)
            for part in msg.walk():
                parts += 1
                if not part.is_multipart():
                    payload += len(part.get_payload(decode=True))
            if msg.get_filename() is None and msg.get_content_maintype() == "multipart":
                payload += 1
    return (parts, payload, subjects)


if __name__ == "__main__":
    run(workload, (540, 15450, 2670))
