"""The protocol edge: one servicer per proto service, turning proto into domain and back."""
