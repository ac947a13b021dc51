terraform {
  # provider-free on purpose: the catalogue is plain data, so `terraform init` and `terraform test` run offline
  required_version = ">= 1.9.0"
}
