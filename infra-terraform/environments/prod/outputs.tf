output "api_endpoint" {
  description = "Base URL of the API."
  value       = module.http_api.api_endpoint
}

output "bucket_name" {
  description = "Media bucket."
  value       = module.storage.bucket_name
}

output "function_versions" {
  description = "Function => published version behind its live alias (note them before an apply: rollback targets)."
  value       = { for name, f in module.function : name => f.version }
}

output "schema_version" {
  description = "Schema version after this release's migration step."
  value       = jsondecode(aws_lambda_invocation.migrate.result).schemaVersion
}
