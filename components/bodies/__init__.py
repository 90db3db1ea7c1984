"""Page bodies: what each page lays out, from view models (views/) and widgets; one module per
page or page section (the map page's change map and kecamatan level). Pages in pages/ only call
these."""
