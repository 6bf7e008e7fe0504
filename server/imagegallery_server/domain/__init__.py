"""The rules of the catalog: names, validation, limits. Knows neither gRPC nor SQL."""
