output "api_endpoint" {
  description = "Base URL of the API (https://…); clients call <endpoint>/<function-name>."
  value       = aws_apigatewayv2_api.this.api_endpoint
}

output "api_id" {
  description = "ID of the HTTP API."
  value       = aws_apigatewayv2_api.this.id
}

output "route_keys" {
  description = "Every route the API serves."
  value       = sort(keys(aws_apigatewayv2_route.route))
}
