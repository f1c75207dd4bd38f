# Fills the English plural forms of every "%n …(s)" message in translations/tessera_en.ts (run from the
# repository root; update.sh calls it): "one" drops "(s)", "other" turns it into "s", so the GUI says
# "1 symbol" and "3 symbols" instead of "3 symbol(s)". Other forms are left for a human.
import re
import xml.etree.ElementTree as ET

path = 'translations/tessera_en.ts'
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.findtext('source') or ''
    translation = message.find('translation')
    forms = translation.findall('numerusform')
    if '(s)' not in source or len(forms) != 2 or any(f.text for f in forms):
        continue
    forms[0].text = source.replace('(s)', '')
    forms[1].text = source.replace('(s)', 's')
    translation.attrib.pop('type', None)
    filled += 1
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, encoding='utf-8') as f:
    text = f.read()
with open(path, 'w', encoding='utf-8') as f:
    # Keep Qt Linguist's doctype line, which ElementTree drops.
    f.write(re.sub(r"^<\?xml[^>]*\?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', text, count=1))
print(f'{filled} English plural messages filled')
