variable "name" {
  description = "Name prefix of the cluster, proxy and security groups."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the database."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets (at least two availability zones)."
  type        = list(string)
}

variable "client_security_group_ids" {
  description = "Security groups allowed into the proxy (the functions', the migration step's)."
  type        = list(string)
}

variable "engine_version" {
  description = "Aurora PostgreSQL version."
  type        = string
  default     = "16.4"
}

variable "min_capacity" {
  description = "Serverless v2 minimum capacity (ACUs)."
  type        = number
  default     = 0.5
}

variable "max_capacity" {
  description = "Serverless v2 maximum capacity (ACUs)."
  type        = number
  default     = 8
}

variable "backup_retention_days" {
  description = "Days of point-in-time recovery."
  type        = number
  default     = 14
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
