variable "function" {
  description = "One entry of the catalogue's functions output (name, lambda_name, memory_mb, timeout_s, artifact, runtime, handler, snap_start, s3_actions, description)."
  type = object({
    name        = string
    lambda_name = string
    description = string
    memory_mb   = number
    timeout_s   = number
    artifact    = string
    runtime     = string
    handler     = string
    snap_start  = bool
    s3_actions  = list(string)
  })
}

variable "environment_variables" {
  description = "Configuration of the function (QUARKUS_*, MP_JWT_*, SUISHOUPAI_* variables)."
  type        = map(string)
  default     = {}
  sensitive   = true
}

variable "database_connect_resources" {
  description = "rds-db:connect resources the function signs in to the database with (IAM authentication)."
  type        = list(string)
  default     = []
}

variable "artifact_bucket" {
  description = "Private bucket the deployment artifacts are uploaded to (Lambda reads them from there)."
  type        = string
}

variable "bucket_arn" {
  description = "ARN of the media bucket; the function gets only the catalogue's S3 actions on its objects."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets that reach the database proxy."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the function (allowed into the database proxy)."
  type        = list(string)
}

variable "log_retention_days" {
  description = "How long CloudWatch keeps the function's JSON logs."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
