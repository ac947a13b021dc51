output "proxy_endpoint" {
  description = "Host name of the RDS Proxy (what functions and the migration step connect to)."
  value       = aws_db_proxy.this.endpoint
}

output "database_name" {
  description = "Name of the database."
  value       = aws_rds_cluster.this.database_name
}

output "username" {
  description = "Database user."
  value       = aws_rds_cluster.this.master_username
}

output "secret_arn" {
  description = "Secrets Manager secret the proxy authenticates with."
  value       = aws_secretsmanager_secret.database.arn
}
