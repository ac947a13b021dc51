variable "bucket_name" {
  description = "Name of the private media bucket."
  type        = string
}

variable "cors_allow_origins" {
  description = "Origins that may PUT presigned uploads from a browser (phone apps send no Origin)."
  type        = list(string)
  default     = ["*"]
}

variable "unattached_upload_days" {
  description = "Days after which an upload never attached to a report is deleted."
  type        = number
  default     = 3

  validation {
    condition     = var.unattached_upload_days >= 1
    error_message = "Keep unattached uploads at least one day (a signed URL lives minutes; a report may be sent later)."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
