#!/usr/bin/env python3
"""Checks that Doudi's pages work at 1280x800 and print on A4, in a real browser.

Started by scripts/visual-check against a running demo server. For every page it
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
import subprocess
import sys
import time
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
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def wait_for_load(self):
        for _ in range(600):
            if self.evaluate("document.readyState") == "complete":
                return
            time.sleep(0.05)
        raise RuntimeError("page did not finish loading")

    def open(self, url):
        self.call("Page.navigate", url=url)
        time.sleep(0.1)
        self.wait_for_load()

    def submit(self, selector, fields):
        assignments = "".join(
            f"form.querySelector('[name={json.dumps(name)}]').value = {json.dumps(value)};" for name, value in fields.items())
        self.evaluate(f"(() => {{ const form = document.querySelector({json.dumps(selector)}); {assignments} form.submit(); }})()")
        time.sleep(0.3)
        self.wait_for_load()

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


def first_link(browser, prefix):
    return browser.evaluate(f"(document.querySelector('main a[href^=\"{prefix}\"]') || {{}}).getAttribute?.('href') || null")


def main():
    base, logins_file, outdir, chromium, port = sys.argv[1:6]
    os.makedirs(outdir, exist_ok=True)
    logins = dict(re.findall(r"用户名 (\S+)\s+密码 (\S+)", open(logins_file, encoding="utf-8").read()))
    browser = Browser(chromium, os.path.join(outdir, "profile"), port)
    failures = []

    def login(user):
        browser.open(base + "/login")
        browser.submit("form", {"username": user, "password": logins[user]})

    def logout():
        browser.evaluate("document.querySelector('form[action=\"/logout\"]').submit()")
        time.sleep(0.3)
        browser.wait_for_load()

    try:
        browser.open(base + "/login")
        failures += check_page(browser, "01-login", outdir)

        login("xianji")
        browser.open(base + "/households")
        failures += check_page(browser, "02-household-search", outdir)
        household = first_link(browser, "/households/")
        if not household:
            failures.append("household search: no household listed for the county approver")
        else:
            browser.open(base + household)
            failures += check_page(browser, "03-household", outdir)
            person = first_link(browser, "/persons/")
            browser.open(base + person)
            failures += check_page(browser, "04-person", outdir)
        browser.open(base + "/regions")
        failures += check_page(browser, "05-regions", outdir)
        browser.open(base + "/imports")
        failures += check_page(browser, "06-imports", outdir)
        browser.open(base + "/households/00000000-0000-0000-0000-000000000000")
        failures += check_page(browser, "07-not-found", outdir, expect_error=True)
        logout()

        login("admin")
        browser.open(base + "/audit")
        failures += check_page(browser, "08-audit", outdir)
        browser.open(base + "/users")
        failures += check_page(browser, "09-users", outdir)
        account = first_link(browser, "/users/")
        browser.open(base + account)
        failures += check_page(browser, "10-account", outdir)
        browser.open(base + "/account/password")
        failures += check_page(browser, "11-password", outdir)
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
