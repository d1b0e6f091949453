"""Speed measures of the generator and the generated client, against their peers."""
