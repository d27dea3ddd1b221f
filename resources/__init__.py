"""Files the app ships (examples, icons, styles, templates, translations), installed as nejat_desk.resources."""
