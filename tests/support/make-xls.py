#!/usr/bin/python3
"""Writes a BIFF8 .xls workbook for the spreadsheet import tests, with Debian's python3-xlwt.

usage: make-xls.py SPEC.json OUT.xls
SPEC: {"sheets": [{"name": "Sheet1", "rows": [[cell, ...], ...]}], "password": false}
A cell is a string (text), {"n": 1.5} (a number) or {"date": "2026-12-31"} (a date-formatted number).
"password": true inserts a FILEPASS record after the workbook's BOF, as Excel does for a password-protected file
(the rest stays readable here; a reader must refuse the file all the same).
"""
import datetime
import json
import struct
import sys

import xlwt
from xlwt import CompoundDoc


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for sheet in spec["sheets"]:
        ws = book.add_sheet(sheet["name"])
        for r, row in enumerate(sheet["rows"]):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                if isinstance(cell, str):
                    ws.write(r, c, cell)
                elif "n" in cell:
                    ws.write(r, c, cell["n"])
                else:
                    ws.write(r, c, datetime.datetime.strptime(cell["date"], "%Y-%m-%d"), date_style)
    data = book.get_biff_data()
    if spec.get("password"):
        # BOF is the first record: type 0x0809, then a 16-bit length. FILEPASS (0x002F), RC4 encryption header.
        bof_len = struct.unpack("<H", data[2:4])[0]
        end = 4 + bof_len
        body = struct.pack("<HHH", 1, 1, 1) + bytes(48)
        record = struct.pack("<HH", 0x002F, len(body)) + body
        data = bytearray(data[:end] + record + data[end:])
        # The BOUNDSHEET records hold each sheet's absolute stream offset: shift them by the inserted record.
        pos = 0
        while pos + 4 <= len(data):
            rtype, rlen = struct.unpack("<HH", data[pos:pos + 4])
            if rtype == 0x0085:
                offset = struct.unpack("<I", data[pos + 4:pos + 8])[0]
                data[pos + 4:pos + 8] = struct.pack("<I", offset + len(record))
            if rtype == 0x000A:  # EOF of the workbook globals: the sheets follow
                break
            pos += 4 + rlen
        data = bytes(data)
    doc = CompoundDoc.XlsDoc()
    doc.save(sys.argv[2], data)


if __name__ == "__main__":
    main()
