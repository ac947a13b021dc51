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

output "citizen_app_url" {
  description = "The citizen's app: link it from the WeChat official account's menu and the posters' QR codes."
  value       = module.citizen_app.url
}

output "console_url" {
  description = "The command centre's console."
  value       = module.console.url
}
