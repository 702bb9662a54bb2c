"""Demonstration content for the CEN Knowledge Portal, as plain Python data (standard library only)."""
