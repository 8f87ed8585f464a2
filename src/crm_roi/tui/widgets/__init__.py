"""The app's widgets: chat messages, the answer input and the live business-case panel."""
