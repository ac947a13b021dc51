output "function_name" {
  description = "Lambda function name."
  value       = aws_lambda_function.this.function_name
}

output "alias_arn" {
  description = "ARN of the live alias (what schedules invoke)."
  value       = aws_lambda_alias.live.arn
}

output "alias_invoke_arn" {
  description = "Invoke ARN of the live alias (what the HTTP API integrates)."
  value       = aws_lambda_alias.live.invoke_arn
}

output "version" {
  description = "The published version the live alias points at (roll back by pointing it at an older one)."
  value       = aws_lambda_function.this.version
}

output "role_name" {
  description = "The function's IAM role."
  value       = aws_iam_role.this.name
}
