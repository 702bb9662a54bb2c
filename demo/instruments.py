"""Demo content: the Commonwealth and international instruments cited in section 4 of the CEN
guide "New Media and the Conduct of Elections", with the provisions the guide relies on.

Provisions are summarised in the portal's own words; the official texts are linked instead of
quoted.
"""

from demo.datafiles import read

DATA = read("instruments")

INSTRUMENTS = DATA["INSTRUMENTS"]
