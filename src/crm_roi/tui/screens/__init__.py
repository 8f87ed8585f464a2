"""The app's screens: welcome, chat, overview, help and the save-as dialog."""
