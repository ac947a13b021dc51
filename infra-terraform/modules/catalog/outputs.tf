output "functions" {
  description = "Function name => what the function module needs (Lambda name, memory, timeout, artifact, runtime, S3 actions)."
  value       = local.functions
}

output "routes" {
  description = "Route key ('POST /submit-report') => function, roles, and whether the route is public."
  value       = local.routes
}

output "schedules" {
  description = "Scheduled calls: name => function, route and EventBridge expression."
  value       = local.schedules
}

output "roles" {
  description = "Every role a JWT can carry in its groups claim."
  value       = local.roles
}
