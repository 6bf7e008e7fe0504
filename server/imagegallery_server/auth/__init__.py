"""Who is calling and what they may do: bearer tokens read from the call's
metadata, each RPC's access rule, and the caller of the call in progress."""
