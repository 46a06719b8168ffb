"""What printed reports need in the officer's language, outside the GUI: the translated words
(from ui/translations) and fonts that hold every glyph of the region's languages."""
