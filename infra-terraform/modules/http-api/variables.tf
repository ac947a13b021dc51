variable "name" {
  description = "Name of the HTTP API."
  type        = string
}

variable "routes" {
  description = "The catalogue's routes output: route key => { function, roles, public }."
  type = map(object({
    function = string
    roles    = list(string)
    public   = bool
  }))
}

variable "functions" {
  description = "Function name => { function_name, alias_arn, alias_invoke_arn } of the deployed Lambdas."
  type = map(object({
    function_name    = string
    alias_arn        = string
    alias_invoke_arn = string
  }))
}

variable "jwt_issuer" {
  description = "Issuer (iss) of the identity provider's JWTs; must equal the functions' mp.jwt.verify.issuer."
  type        = string
}

variable "jwt_audience" {
  description = "Audiences (aud) the authorizer accepts; the functions check the same (mp.jwt.verify.audiences)."
  type        = list(string)
}

variable "cors_allow_origins" {
  description = "Browser origins allowed to call the API (the phone apps need none)."
  type        = list(string)
  default     = []
}

variable "throttle_burst" {
  description = "Stage-wide burst limit (requests)."
  type        = number
  default     = 500
}

variable "throttle_rate" {
  description = "Stage-wide steady rate limit (requests per second). Per-caller limits are in the functions."
  type        = number
  default     = 200
}

variable "log_retention_days" {
  description = "How long the access log is kept."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
