"""Running the workshop in the room: agenda clock, countdown, projector."""
