"""Fail when the run executed no browser test or skipped any of them."""
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
browser = [c for c in root.iter("testcase") if "browser" in (c.get("classname", "") + c.get("file", ""))]
skipped = [c for c in browser if c.find("skipped") is not None]
if not browser:
    sys.exit(f"{sys.argv[1]}: no browser test ran")
if skipped:
    names = ", ".join(c.get("name") for c in skipped)
    sys.exit(f"{sys.argv[1]}: browser tests were skipped: {names}")
print(f"{sys.argv[1]}: {len(browser)} browser tests ran, none skipped")
