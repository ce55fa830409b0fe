"""The sandbox's operations, one module per audience: the token endpoint, account-level
operations, tenant-level operations, and the /__sandbox__/ control API."""
