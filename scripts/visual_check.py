#!/usr/bin/env python3
"""Checks that Doudi's pages work at 1280x800 and print on A4, in a real browser.

Started by scripts/visual-check against a running demo server (arguments: base URL, the
demo's logins file, the output directory, chromium, a DevTools port, and the demo's SQLite
file, read only to pick a household worth showing). For every page it
loads the page in headless Chromium (driven over the DevTools protocol) and checks:

  - at 1280x800 the page needs no horizontal scrolling;
  - printed (print media, the printable width of A4 with 15 mm margins), nothing is
    wider than the paper and the navigation is gone;
  - the page has its <h1> and no error notice unless one is expected.

It saves a screenshot, a print-media screenshot at A4 width and an A4 PDF of each page in the output directory, for a person
to look at, and exits non-zero on any failed check. Nothing is timed.
"""
import base64
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

import websocket  # Debian: python3-websocket

SCREEN = (1280, 800)
# A4 is 210 mm wide; with 15 mm margins 180 mm remain, at 96 px per inch.
A4_PRINTABLE_PX = int(180 / 25.4 * 96)


class Browser:
    """A minimal DevTools-protocol client: one page, commands answered in order."""

    def __init__(self, chromium, profile, port):
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--hide-scrollbars", f"--remote-debugging-port={port}", f"--user-data-dir={profile}",
             f"--window-size={SCREEN[0]},{SCREEN[1]}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        targets = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json") as response:
                    targets = json.load(response)
                if any(t.get("type") == "page" for t in targets):
                    break
            except OSError:
                pass
            time.sleep(0.2)
        page = next(t for t in targets if t.get("type") == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=120)
        self.next_id = 0
        self.loaded = False
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self.receive()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def receive(self):
        message = json.loads(self.socket.recv())
        if message.get("method") == "Page.loadEventFired":
            self.loaded = True
        return message

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result.get("result", {}).get("value")

    def navigating(self, action):
        """Runs `action` (which starts a navigation) and waits for the new page's load event."""
        self.loaded = False
        action()
        while not self.loaded:
            self.receive()

    def open(self, url):
        self.navigating(lambda: self.call("Page.navigate", url=url))

    def submit(self, selector, fields=None):
        assignments = "".join(
            f"form.querySelector('[name={json.dumps(name)}]').value = {json.dumps(value)};" for name, value in (fields or {}).items())
        self.navigating(lambda: self.evaluate(
            f"(() => {{ const form = document.querySelector({json.dumps(selector)}); {assignments} form.submit(); }})()"))

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            self.process.wait()


def check_page(browser, name, outdir, expect_error=False):
    """Runs the screen and print checks on the page now loaded; returns failures."""
    failures = []
    browser.call("Emulation.setDeviceMetricsOverride", width=SCREEN[0], height=SCREEN[1], deviceScaleFactor=1, mobile=False)
    browser.call("Emulation.setEmulatedMedia", media="screen")
    state = browser.evaluate("""({
        scrollWidth: document.documentElement.scrollWidth,
        h1: (document.querySelector('h1') || {}).textContent || '',
        error: !!document.querySelector('.notice.error'),
        title: document.title })""")
    if state["scrollWidth"] > SCREEN[0]:
        failures.append(f"{name}: {state['scrollWidth']} px wide at {SCREEN[0]}x{SCREEN[1]} (scrolls sideways)")
    if not state["h1"].strip():
        failures.append(f"{name}: no <h1>")
    if state["error"] and not expect_error:
        failures.append(f"{name}: shows an error notice")
    shot = browser.call("Page.captureScreenshot", format="png")
    with open(os.path.join(outdir, f"{name}.png"), "wb") as file:
        file.write(base64.b64decode(shot["data"]))

    browser.call("Emulation.setDeviceMetricsOverride", width=A4_PRINTABLE_PX, height=1000, deviceScaleFactor=1, mobile=False)
    browser.call("Emulation.setEmulatedMedia", media="print")
    printed = browser.evaluate("""({
        scrollWidth: document.documentElement.scrollWidth,
        header: (() => { const h = document.querySelector('.site-header'); return h ? getComputedStyle(h).display : 'none'; })(),
        widest: [...document.querySelectorAll('main *')].reduce((w, e) => Math.max(w, e.getBoundingClientRect().right), 0) })""")
    if printed["scrollWidth"] > A4_PRINTABLE_PX or printed["widest"] > A4_PRINTABLE_PX + 1:
        failures.append(f"{name}: printed content is {max(printed['scrollWidth'], int(printed['widest']))} px wide, "
                        f"A4 allows {A4_PRINTABLE_PX}")
    if printed["header"] != "none":
        failures.append(f"{name}: the navigation is printed")
    shot = browser.call("Page.captureScreenshot", format="png")
    with open(os.path.join(outdir, f"{name}-print.png"), "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    pdf = browser.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, marginTop=0.59, marginBottom=0.59,
                       marginLeft=0.59, marginRight=0.59, printBackground=False)
    with open(os.path.join(outdir, f"{name}.pdf"), "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    browser.call("Emulation.setEmulatedMedia", media="screen")
    print(f"  {'FAIL' if failures else 'ok  '} {name} ({state['title']})")
    return failures


def upload(browser, base, name, text):
    """Posts `text` as a household file from the import page's session; returns the job's path."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in browser.call("Network.getCookies", urls=[base])["cookies"])
    token = browser.evaluate("document.querySelector('input[name=_csrf]').value")
    boundary = "visualcheck"
    parts = [("_csrf", None, token), ("kind", None, "households"), ("file", name, text)]
    body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"'
                   + (f'; filename="{filename}"' if filename else "") + f"\r\n\r\n{value}\r\n"
                   for field, filename, value in parts) + f"--{boundary}--\r\n"
    request = urllib.request.Request(base + "/imports", data=body.encode(), method="POST", headers={
        "Cookie": cookies, "Content-Type": f"multipart/form-data; boundary={boundary}"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None
    try:
        urllib.request.build_opener(NoRedirect).open(request)
    except urllib.error.HTTPError as error:
        if error.code == 303:
            return error.headers["Location"]
        raise
    raise RuntimeError("the upload was not redirected to its job")


def first_link(browser, prefix):
    return browser.evaluate(f"(document.querySelector('main a[href^=\"{prefix}\"]') || {{}}).getAttribute?.('href') || null")


def lone_dibao_elder(database):
    """A 低保 household whose only member is 60 or older with no recorded supporter: the
    household page's 特困 check (该吃五保吃低保) has something to show there."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = connection.execute("""
            SELECT e.household_id FROM enrollments e
            JOIN memberships m ON m.household_id = e.household_id AND m.ended_on IS NULL
            JOIN persons p ON p.id = m.person_id
            WHERE e.program = 'dibao' AND e.status = 'active' AND p.birth_date <= '1960-01-01' AND p.death_date IS NULL
              AND (SELECT COUNT(*) FROM memberships o WHERE o.household_id = e.household_id AND o.ended_on IS NULL) = 1
              AND NOT EXISTS (SELECT 1 FROM person_relations r WHERE r.person_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM enrollment_members t JOIN enrollments te ON te.id = t.enrollment_id
                              WHERE t.person_id = p.id AND te.program = 'tekun')
            ORDER BY e.household_id LIMIT 1""").fetchone()
    finally:
        connection.close()
    return f"/households/{row[0]}" if row else None


def main():
    base, logins_file, outdir, chromium, port, database = sys.argv[1:7]
    os.makedirs(outdir, exist_ok=True)
    logins = dict(re.findall(r"用户名 (\S+)\s+密码 (\S+)", open(logins_file, encoding="utf-8").read()))
    browser = Browser(chromium, os.path.join(outdir, "profile"), port)
    failures = []

    def login(user):
        browser.open(base + "/login")
        browser.submit("form", {"username": user, "password": logins[user]})

    def visit(path, name, expect_error=False):
        if not path:
            failures.append(f"{name}: no link to follow")
            return
        browser.open(base + path)
        failures.extend(check_page(browser, name, outdir, expect_error))

    try:
        visit("/login", "01-login")
        login("xianji")
        visit("/households", "02-household-search")
        visit(first_link(browser, "/households/"), "03-household")
        # The 特困 verdict is an alert (notice error) by design: this household should be on 特困.
        visit(lone_dibao_elder(database), "03-household-tekun-check", expect_error=True)
        if not browser.evaluate("document.body.innerText.includes('特困条件核对')"):
            failures.append("03-household-tekun-check: no 特困 check on a lone 低保 elder's page")
        visit(first_link(browser, "/persons/"), "04-person")
        visit("/regions", "05-regions")
        visit("/policy?region=370321&date=2024-05-01", "05-policy")
        visit("/simulation?region=370321&urban=1000&rural=880&from=2026-07-01", "05-simulation")
        if not browser.evaluate("document.querySelector('svg.chart') !== null && document.body.innerText.includes('合计')"):
            failures.append("05-simulation: no township table with its total and chart")
        visit("/findings", "05-findings")
        visit(browser.evaluate("(document.querySelector('main table a[href^=\"/findings/\"]') || {}).getAttribute?.('href') || null"),
              "05-finding")
        if not browser.evaluate("document.body.innerText.includes('政策依据') && document.body.innerText.includes('证据')"):
            failures.append("05-finding: no policy basis or evidence on a finding's page")
        visit("/crosscheck", "05-crosscheck")
        visit("/imports", "06-imports")
        # The upload goes over HTTP with the browser's session (a file chooser cannot be
        # driven reliably headless); the browser then shows the job's page.
        browser.open(base + upload(browser, base, "错误示例.csv",
                                   "户编号,行政区划代码,家庭住址,城乡属性,与户主关系,姓名,公民身份号码\nX1,370321001001,东岳路1号,城镇,户主,测试,123\n"))
        time.sleep(1)
        browser.open(browser.evaluate("location.href"))
        failures.extend(check_page(browser, "07-import-job", outdir, expect_error=True))
        visit("/households/00000000-0000-0000-0000-000000000000", "08-not-found", expect_error=True)
        browser.navigating(lambda: browser.evaluate("document.querySelector('form[action=\"/logout\"]').submit()"))

        login("admin")
        visit("/audit", "09-audit")
        browser.submit("form[action='/audit/verify']")
        failures.extend(check_page(browser, "10-audit-verified", outdir))
        visit("/users", "11-users")
        visit(first_link(browser, "/users/"), "12-account")
        visit("/account/password", "13-password")
    finally:
        browser.close()

    if failures:
        print("\nVisual check FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        sys.exit(1)
    print(f"\nVisual check passed; screenshots and A4 PDFs in {outdir}")


if __name__ == "__main__":
    main()
