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
  description = "The Secrets Manager secret RDS keeps the master password in (rotated by RDS; read by the proxy)."
  value       = aws_rds_cluster.this.master_user_secret[0].secret_arn
}

output "connect_resource" {
  description = "What a role needs rds-db:connect on to sign in to the proxy as the application user with IAM."
  value = format("arn:%s:rds-db:%s:%s:dbuser:%s/%s", data.aws_partition.current.partition,
    data.aws_region.current.name, data.aws_caller_identity.current.account_id,
  element(split(":", aws_db_proxy.this.arn), 6), aws_rds_cluster.this.master_username)
}
