"""Qt Designer forms (*.ui), installed as nejat_desk.ui."""
